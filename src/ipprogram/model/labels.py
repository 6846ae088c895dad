"""Vietnamese names of record fields, for table headers and form labels.

Field names are English ``snake_case`` (what JSON stores); :data:`FIELD_LABELS` gives
each one the Vietnamese words a Department's staff would write at the head of a column.
A name means the same in every record class that has it (``source`` is the source of a
record, ``locality`` the place it belongs to), so one label serves them all. Words of
the Law on Intellectual Property (No. 50/2005/QH11, as amended by Law No. 07/2022/QH15,
Art. 4) are used as the law writes them: "văn bằng bảo hộ", "nhãn hiệu", "chỉ dẫn địa
lý", "nhóm sản phẩm, dịch vụ" (the Nice classes of Art. 90).

>>> FIELD_LABELS["certificate_number"]
'Số văn bằng'
>>> field_label(("source", "publisher", "name"))
'Nguồn › Đơn vị xuất bản › Tên'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

__all__ = ["CLASS_FIELD_LABELS", "FIELD_LABELS", "LABEL_SEPARATOR", "field_label", "label_of"]

#: What joins the labels of a path of fields into one header.
LABEL_SEPARATOR: Final = " › "

#: The Vietnamese label of every field name of the model.
FIELD_LABELS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "abroad": "Bảo hộ ở nước ngoài",
        "academic_title": "Học hàm, học vị",
        "action": "Hoạt động",
        "agency": "Cơ quan",
        "aims_at": "Loại văn bằng hướng tới",
        "amount": "Giá trị giải",
        "application_number": "Số đơn",
        "approved_by": "Văn bản phê duyệt",
        "area": "Khu vực địa lý",
        "area_codes": "Mã vùng trồng",
        "as_of": "Tính đến",
        "as_printed": "Giữ nguyên như bản in",
        "authors": "Tác giả",
        "award": "Khen thưởng",
        "awarding_body": "Cơ quan khen thưởng",
        "awards": "Khen thưởng",
        "basis": "Căn cứ",
        "batch": "Đợt",
        "budget": "Kinh phí",
        "by": "Bên trao",
        "caption": "Chú thích ảnh",
        "category": "Loại sản phẩm",
        "certainty": "Mức độ chắc chắn",
        "certificate_number": "Số văn bằng",
        "citation": "Lý do khen thưởng",
        "claims": "Thông tin nguồn nêu",
        "co_issuers": "Cơ quan cùng ban hành",
        "code": "Mã",
        "conferred_by": "Người ký khen thưởng",
        "copied_from": "Đăng lại từ",
        "count": "Số lượng",
        "counts": "Số lượng theo loại",
        "credit": "Tác giả ảnh",
        "date": "Ngày",
        "dateline": "Nơi, ngày đưa tin",
        "decision": "Quyết định",
        "decisions": "Quyết định",
        "document": "Văn bản",
        "duties": "Nhiệm vụ",
        "end": "Đến",
        "end_date": "Ngày kết thúc",
        "errata": "Đính chính",
        "exported_products": "Sản phẩm xuất khẩu",
        "field": "Trường",
        "figures": "Số liệu",
        "file_name": "Tên tệp",
        "filing_date": "Ngày nộp đơn",
        "form": "Hình thức khen thưởng",
        "former": "Nguyên (chức vụ cũ)",
        "full_name": "Họ và tên",
        "gender": "Giới tính",
        "geographical_indications": "Chỉ dẫn địa lý",
        "grant_date": "Ngày cấp",
        "grantor": "Cơ quan cấp",
        "group": "Nhóm sản phẩm",
        "handovers": "Trao văn bằng",
        "head": "Chủ hộ",
        "host": "Cơ quan chủ trì",
        "id": "Mã",
        "in_progress": "Đang xử lý",
        "indicators": "Chỉ tiêu",
        "iri": "Mã định danh toàn cầu (IRI)",
        "issuer": "Cơ quan ban hành",
        "jurisdiction": "Nước, vùng lãnh thổ",
        "kind": "Loại",
        "language": "Ngôn ngữ",
        "launches": "Ra mắt",
        "lead_agency": "Cơ quan chủ trì",
        "leader": "Chủ nhiệm",
        "level": "Cấp",
        "licences": "Cấp quyền sử dụng",
        "licensee_count": "Số bên được cấp quyền",
        "licensees": "Bên được cấp quyền",
        "licensor": "Bên cấp quyền",
        "locality": "Địa phương",
        "managing_body": "Tổ chức quản lý",
        "mark_support": "Hỗ trợ nhãn hiệu",
        "market": "Thị trường",
        "markets": "Thị trường",
        "marks": "Nhãn hiệu",
        "meant": "Sửa thành",
        "measure": "Chỉ số",
        "name": "Tên",
        "nice_classes": "Nhóm sản phẩm, dịch vụ (Nice)",
        "nice_version": "Phiên bản Bảng phân loại Nice",
        "note": "Ghi chú",
        "number": "Số",
        "office": "Cơ quan sở hữu trí tuệ",
        "office_status": "Tình trạng tại Cục",
        "ordinals": "Thứ tự",
        "organization": "Cơ quan, đơn vị",
        "organizers": "Đơn vị tổ chức",
        "other_kinds": "Loại khác",
        "other_positions": "Chức vụ khác",
        "outcomes": "Kết quả",
        "owner": "Chủ sở hữu",
        "parent": "Cấp trên",
        "participants": "Thành phần tham dự",
        "party": "Bên tham dự",
        "period": "Thời gian",
        "photos": "Ảnh",
        "places": "Địa điểm",
        "position": "Chức vụ",
        "presented_by": "Người trao",
        "prizes": "Giải thưởng",
        "product": "Sản phẩm",
        "products": "Sản phẩm",
        "projects": "Dự án",
        "property": "Chỉ tiêu chất lượng",
        "proposal": "Tờ trình",
        "published": "Ngày đăng",
        "published_time": "Thời điểm đăng",
        "publisher": "Đơn vị xuất bản",
        "qualifier": "Cách nêu số liệu",
        "quantity": "Số liệu",
        "rank": "Hạng",
        "rating": "Đánh giá",
        "reading": "Cách hiểu",
        "recipient_kind": "Loại bên nhận",
        "recipients": "Bên nhận",
        "result": "Kết quả",
        "reviews": "Nội dung đánh giá",
        "rights": "Văn bằng",
        "role": "Vai trò",
        "roles": "Vai trò",
        "round": "Đợt",
        "scope": "Phạm vi",
        "short_name": "Tên viết tắt",
        "signed_by": "Người ký",
        "source": "Nguồn",
        "species": "Loài",
        "start": "Từ",
        "stated_prize_count": "Số giải nguồn nêu",
        "status": "Tình trạng",
        "successor": "Chương trình kế tiếp",
        "supports": "Nội dung hỗ trợ",
        "tallies": "Thống kê văn bằng",
        "task": "Nhiệm vụ",
        "thresholds": "Ngưỡng chất lượng",
        "title": "Tiêu đề",
        "to": "Bên nhận",
        "total": "Tổng số",
        "unbalanced": "Số liệu nguồn không khớp",
        "unit": "Đơn vị tính",
        "unnamed": "Bên nhận không nêu tên",
        "upper": "Cận trên",
        "url": "Địa chỉ web",
        "value": "Giá trị",
        "values": "Giá trị",
        "venue": "Nơi tổ chức",
        "wording": "Nguyên văn",
        "written": "Viết sai",
    }
)


#: Labels of a field in one class where its general label would mislead
#: (``"Class.field"``): a position's title is a post, a document's title its summary
#: ("trích yếu", Decree 30/2020/NĐ-CP, Appendix I, part II.5).
CLASS_FIELD_LABELS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "Position.title": "Chức danh",
        "DocumentRef.title": "Trích yếu",
        "Organization.parent": "Cơ quan cấp trên",
        "Locality.parent": "Thuộc",
        "Programme.parent": "Chương trình cấp trên",
        "Claim.value": "Giá trị nguồn nêu",
        "Event.kind": "Loại sự kiện",
        "Trademark.kind": "Loại nhãn hiệu",
        "Locality.kind": "Cấp hành chính",
    }
)


def label_of(cls: type, name: str) -> str:
    """The Vietnamese label of field ``name`` of record class ``cls``.

    >>> from ipprogram import Position, Source
    >>> label_of(Position, "title"), label_of(Source, "title")
    ('Chức danh', 'Tiêu đề')
    """
    return CLASS_FIELD_LABELS.get(f"{cls.__name__}.{name}") or FIELD_LABELS.get(name, name)


def field_label(path: Iterable[str]) -> str:
    """The Vietnamese header of a path of fields: their labels joined by :data:`LABEL_SEPARATOR`.

    A name without a label (a field added without one) is shown as it is.

    >>> field_label(["locality", "code"])
    'Địa phương › Mã'
    """
    return LABEL_SEPARATOR.join(FIELD_LABELS.get(name, name) for name in path)
